/*
 * hello.c — the ceiling of the benchmarks: the smallest useful FastCGI
 * responder (libfcgi, one fixed JSON answer), served through the same
 * lighttpd as cinto.  Started with the listening socket on fd 0
 * (spawn-fcgi).
 */
#include <string.h>

#include <fcgiapp.h>

int
main(void)
{
	static const char	 answer[] =
	    "Status: 200 OK\r\n"
	    "Content-Type: application/json\r\n"
	    "Content-Length: 17\r\n"
	    "\r\n"
	    "{\"hello\":\"world\"}";
	FCGX_Request		 req;

	FCGX_Init();
	FCGX_InitRequest(&req, 0, 0);
	while (FCGX_Accept_r(&req) >= 0) {
		FCGX_PutStr(answer, (int)(sizeof(answer) - 1), req.out);
		FCGX_Finish_r(&req);
	}
	return 0;
}

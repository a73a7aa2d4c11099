# End of service announced (utilities.md, "End of service")
@set KINTO_EOS=2999-01-01
@set KINTO_EOS_MESSAGE=bye
@set KINTO_EOS_URL=https://example.com/eos

# soft-eol Alert on every response, and eos in the root view
GET /v1/
=> 200
< Alert: {"code":"soft-eol","message":"bye","url":"https://example.com/eos"}
{"eos": "2999-01-01"}

# on errors too
GET /v1/nothing
=> 404
< Alert: {"code":"soft-eol","message":"bye","url":"https://example.com/eos"}

# and on redirects
GET /nothing
=> 307
< Alert ~ soft-eol

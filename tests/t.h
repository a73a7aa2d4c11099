/*
 * t.h — the unit test harness: checks that report and go on, and a last
 * line "N passed, N failed" that tests/run.sh adds up.
 *
 *	T(expr)			one check
 *	T_STR(got, want)	string equality (NULL-safe), both shown on failure
 *	T_INT(got, want)	integer equality, both shown on failure
 *	return t_report();	from main(): exit status 0 only if all passed
 */
#ifndef CINTO_T_H
#define CINTO_T_H

#include <stdio.h>
#include <string.h>

static int	t_pass, t_fail;

#define T(e) do {							\
	if (e)								\
		t_pass++;						\
	else {								\
		t_fail++;						\
		fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #e); \
	}								\
} while (0)

#define T_STR(got, want) do {						\
	const char *t_g = (got), *t_w = (want);				\
	if ((t_g == NULL && t_w == NULL) ||				\
	    (t_g != NULL && t_w != NULL && strcmp(t_g, t_w) == 0))	\
		t_pass++;						\
	else {								\
		t_fail++;						\
		fprintf(stderr, "%s:%d: FAIL: %s\n  got:  %s\n  want: %s\n", \
		    __FILE__, __LINE__, #got, t_g ? t_g : "(null)",	\
		    t_w ? t_w : "(null)");				\
	}								\
} while (0)

#define T_INT(got, want) do {						\
	long long t_g = (long long)(got), t_w = (long long)(want);	\
	if (t_g == t_w)							\
		t_pass++;						\
	else {								\
		t_fail++;						\
		fprintf(stderr, "%s:%d: FAIL: %s\n  got:  %lld\n  want: %lld\n", \
		    __FILE__, __LINE__, #got, t_g, t_w);		\
	}								\
} while (0)

static inline int
t_report(void)
{
	printf("%d passed, %d failed\n", t_pass, t_fail);
	return t_fail == 0 ? 0 : 1;
}

#endif

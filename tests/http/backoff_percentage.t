# backoff_percentage = 0: the Backoff header is never sent (utilities.md)
@set KINTO_BACKOFF=5
@set KINTO_BACKOFF_PERCENTAGE=0

# never
GET /v1/
=> 200
< !Backoff

# never, on errors either
GET /v1/nothing
=> 404
< !Backoff

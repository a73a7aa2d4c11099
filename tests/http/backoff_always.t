# backoff_percentage = 100: the Backoff header is always sent
@set KINTO_BACKOFF=5
@set KINTO_BACKOFF_PERCENTAGE=100

# always
GET /v1/
=> 200
< Backoff: 5

# on 405 too
DELETE /v1/
=> 405
< Backoff: 5

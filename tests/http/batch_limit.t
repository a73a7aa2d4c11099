# batch_max_requests (utilities.md)
@set KINTO_BATCH_MAX_REQUESTS=2

# more than the limit
POST /v1/batch
{"requests": [{"path": "/"}, {"path": "/"}, {"path": "/"}]}
=> 400
{"code": 400, "errno": 107, "message": "Number of requests is limited to 2",
 "details": [{"location": "body", "name": "requests", "description": "Number of requests is limited to 2"}]}

# exactly the limit
POST /v1/batch
{"requests": [{"path": "/"}, {"path": "/"}]}
=> 200

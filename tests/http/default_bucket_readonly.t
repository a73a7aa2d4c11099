# A read-only server answers 405 through the alias, even to GET (plugins.md):
# it could not create the personal bucket.
@set KINTO_INCLUDES=kinto.plugins.default_bucket
@set KINTO_MULTIAUTH_POLICIES=basicauth
@set KINTO_READONLY=true

GET /v1/buckets/default/collections/tasks/records mat:secret
=> 405
{"errno": 115}

GET /v1/buckets/default mat:secret
=> 405

GET /v1/ mat:secret
=> 200
{"user": {"bucket": "ddaf8694-fa9e-2949-ed0e-77198a7907fb"}}

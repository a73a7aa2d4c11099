# Pagination (requests.md, "Pagination"): _limit, Next-Page, _token.
# Tokens are built here in Kinto's documented format (base64 of
# {"last_object", "offset", "nonce"}) to follow pages deterministically.
@set KINTO_MULTIAUTH_POLICIES=basicauth

# setup: bucket
PUT /v1/buckets/b alice:secret
=> 201

# setup: collection p
PUT /v1/buckets/b/collections/p alice:secret
=> 201

# setup: collection q
PUT /v1/buckets/b/collections/q alice:secret
=> 201

# setup: r01
PUT /v1/buckets/b/collections/p/records/r01 alice:secret
{"data": {"v": null, "last_modified": 1001}}
=> 201

# setup: r02
PUT /v1/buckets/b/collections/p/records/r02 alice:secret
{"data": {"v": "", "last_modified": 1002}}
=> 201

# setup: r03
PUT /v1/buckets/b/collections/p/records/r03 alice:secret
{"data": {"v": "2", "last_modified": 1003}}
=> 201

# setup: r04
PUT /v1/buckets/b/collections/p/records/r04 alice:secret
{"data": {"v": "B", "last_modified": 1004}}
=> 201

# setup: r05
PUT /v1/buckets/b/collections/p/records/r05 alice:secret
{"data": {"v": "abc", "last_modified": 1005}}
=> 201

# setup: r06
PUT /v1/buckets/b/collections/p/records/r06 alice:secret
{"data": {"v": 1.0, "last_modified": 1006}}
=> 201

# setup: r07
PUT /v1/buckets/b/collections/p/records/r07 alice:secret
{"data": {"v": 2, "last_modified": 1007}}
=> 201

# setup: r08
PUT /v1/buckets/b/collections/p/records/r08 alice:secret
{"data": {"v": 2.5, "last_modified": 1008}}
=> 201

# setup: r09
PUT /v1/buckets/b/collections/p/records/r09 alice:secret
{"data": {"v": 10, "last_modified": 1009}}
=> 201

# setup: r10
PUT /v1/buckets/b/collections/p/records/r10 alice:secret
{"data": {"v": false, "last_modified": 1010}}
=> 201

# setup: r11
PUT /v1/buckets/b/collections/p/records/r11 alice:secret
{"data": {"v": true, "last_modified": 1011}}
=> 201

# setup: r12
PUT /v1/buckets/b/collections/p/records/r12 alice:secret
{"data": {"v": [], "last_modified": 1012}}
=> 201

# setup: r13
PUT /v1/buckets/b/collections/p/records/r13 alice:secret
{"data": {"v": [1,2], "last_modified": 1013}}
=> 201

# setup: r14
PUT /v1/buckets/b/collections/p/records/r14 alice:secret
{"data": {"v": {"x":1}, "last_modified": 1014}}
=> 201

# setup: r15
PUT /v1/buckets/b/collections/p/records/r15 alice:secret
{"data": {"last_modified": 1015}}
=> 201

# no _limit and no paginate_by: everything, no Next-Page
GET /v1/buckets/b/collections/p/records alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# _limit=3: first page and an absolute Next-Page URL
GET /v1/buckets/b/collections/p/records?_limit=3 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/p/records?_limit=3&_token=
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}]}

# following a token (after r13): next page
GET /v1/buckets/b/collections/p/records?_limit=3&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEzfSwib2Zmc2V0Ijo0LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/p/records?_limit=3&_token=
{"data": [{"id": "r12"}, {"id": "r11"}, {"id": "r10"}]}

# the _token is updated in place when it comes first
GET /v1/buckets/b/collections/p/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEzfSwib2Zmc2V0Ijo0LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D&_limit=3 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/p/records?_token=
{"data": [{"id": "r12"}, {"id": "r11"}, {"id": "r10"}]}

# ... and _limit keeps its place after it
GET /v1/buckets/b/collections/p/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEzfSwib2Zmc2V0Ijo0LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D&_limit=3 alice:secret
=> 200
< Next-Page ~ &_limit=3
{"data": [{"id": "r12"}, {"id": "r11"}, {"id": "r10"}]}

# last page: exactly _limit objects left, no Next-Page
GET /v1/buckets/b/collections/p/records?_limit=3&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDA0fSwib2Zmc2V0IjoxMiwibm9uY2UiOiJwYWdpbmF0aW9uLXRva2VuLTAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMCJ9 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# last page: fewer objects left
GET /v1/buckets/b/collections/p/records?_limit=3&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r02"}, {"id": "r01"}]}

# a token past the end: empty page
GET /v1/buckets/b/collections/p/records?_limit=3&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAxfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": []}

# the token holds the last object's sort values and offset = fetched (limit + 1)
GET /v1/buckets/b/collections/p/records?_limit=3 alice:secret
=> 200
< Next-Page ~ _token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEzfSwib2Zmc2V0Ijo0LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4t
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}]}

# the offset accumulates over pages (4 then 8)
GET /v1/buckets/b/collections/p/records?_limit=3&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEzfSwib2Zmc2V0Ijo0LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Next-Page ~ _token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEwfSwib2Zmc2V0Ijo4LCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4t
{"data": [{"id": "r12"}, {"id": "r11"}, {"id": "r10"}]}

# a token with _sort=v holds v and last_modified, in sort order
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=4 alice:secret
=> 200
< Next-Page ~ _token=eyJsYXN0X29iamVjdCI6eyJ2IjoiQiIsImxhc3RfbW9kaWZpZWQiOjEwMDR9LCJvZmZzZXQiOjUsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tl
{"data": [{"id": "r01"}, {"id": "r02"}, {"id": "r03"}, {"id": "r04"}]}

# a token omits sort fields the last object lacks
GET /v1/buckets/b/collections/p/records?_sort=-v&_limit=1 alice:secret
=> 200
< Next-Page ~ _token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDE1fSwib2Zmc2V0IjoyLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4t
{"data": [{"id": "r15"}]}

# _limit=14: one left, Next-Page
GET /v1/buckets/b/collections/p/records?_limit=14 alice:secret
=> 200
< Next-Page ~ _limit=14&_token=
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}]}

# _limit=15: all, no Next-Page
GET /v1/buckets/b/collections/p/records?_limit=15 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# _limit=16: all, no Next-Page
GET /v1/buckets/b/collections/p/records?_limit=16 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# _limit=0: no limit
GET /v1/buckets/b/collections/p/records?_limit=0 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# _limit="2" (quoted) is accepted
GET /v1/buckets/b/collections/p/records?_limit="2" alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r15"}, {"id": "r14"}]}

# _limit=1.5 is truncated to 1
GET /v1/buckets/b/collections/p/records?_limit=1.5 alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r15"}]}

# _limit=2^63 is the maximum accepted
GET /v1/buckets/b/collections/p/records?_limit=9223372036854775808 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}, {"id": "r07"}, {"id": "r06"}, {"id": "r05"}, {"id": "r04"}, {"id": "r03"}, {"id": "r02"}, {"id": "r01"}]}

# _limit=abc
GET /v1/buckets/b/collections/p/records?_limit=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_limit in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "description": "\"abc\" is not a number", "name": "_limit"}]}

# _limit="abc": JSON-decoded first
GET /v1/buckets/b/collections/p/records?_limit="abc" alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_limit in querystring: \"abc\" is not a number", "details": [{"location": "querystring", "description": "\"abc\" is not a number", "name": "_limit"}]}

# _limit=-1
GET /v1/buckets/b/collections/p/records?_limit=-1 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_limit in querystring: -1 is less than minimum value 0", "details": [{"location": "querystring", "description": "-1 is less than minimum value 0", "name": "_limit"}]}

# _limit=2^63+1
GET /v1/buckets/b/collections/p/records?_limit=9223372036854775809 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "_limit in querystring: 9223372036854775809 is greater than maximum value 9223372036854775808", "details": [{"location": "querystring", "description": "9223372036854775809 is greater than maximum value 9223372036854775808", "name": "_limit"}]}

# _limit=(empty): 400
GET /v1/buckets/b/collections/p/records?_limit= alice:secret
=> 400
{"errno": 107, "details": [{"location": "querystring", "name": "_limit"}]}

# Next-Page keeps the other parameters in order
GET /v1/buckets/b/collections/p/records?has_v=true&_sort=v&_limit=2 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets/b/collections/p/records?has_v=true&_sort=v&_limit=2&_token=
{"data": [{"id": "r01"}, {"id": "r02"}]}

# Next-Page encodes commas as %2C
GET /v1/buckets/b/collections/p/records?in_id=r01,r02,r03&_limit=1 alice:secret
=> 200
< Next-Page ~ /v1/buckets/b/collections/p/records?in_id=r01%2Cr02%2Cr03&_limit=1&_token=
{"data": [{"id": "r03"}]}

# Next-Page encodes spaces as +
GET /v1/buckets/b/collections/p/records?not_w=a%20b&_limit=1 alice:secret
=> 200
< Next-Page ~ /v1/buckets/b/collections/p/records?not_w=a+b&_limit=1&_token=
{"data": [{"id": "r15"}]}

# Next-Page with a filter: only when more matching objects remain
GET /v1/buckets/b/collections/p/records?gt_v=2&_limit=7 alice:secret
=> 200
< Next-Page ~ gt_v=2&_limit=7&_token=
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}]}

# filtered last page: no Next-Page
GET /v1/buckets/b/collections/p/records?gt_v=2&_limit=8 alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}, {"id": "r12"}, {"id": "r11"}, {"id": "r10"}, {"id": "r09"}, {"id": "r08"}]}

# filters apply to the following pages
GET /v1/buckets/b/collections/p/records?gt_v=2&_limit=7&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDA5fSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r08"}]}

# _sort=v&_limit=4: first page
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=4 alice:secret
=> 200
< Next-Page ~ /v1/buckets/b/collections/p/records?_sort=v&_limit=4&_token=
{"data": [{"id": "r01"}, {"id": "r02"}, {"id": "r03"}, {"id": "r04"}]}

# _sort=v token after "B": strings, then numbers by value
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=4&_token=eyJsYXN0X29iamVjdCI6eyJ2IjoiQiIsImxhc3RfbW9kaWZpZWQiOjEwMDR9LCJvZmZzZXQiOjUsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r05"}, {"id": "r06"}, {"id": "r07"}, {"id": "r08"}]}

# _sort=v token after 2.5
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=4&_token=eyJsYXN0X29iamVjdCI6eyJ2IjoyLjUsImxhc3RfbW9kaWZpZWQiOjEwMDh9LCJvZmZzZXQiOjksIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r09"}, {"id": "r10"}, {"id": "r11"}, {"id": "r12"}]}

# _sort=v token after []: arrays, objects, missing; last page
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=4&_token=eyJsYXN0X29iamVjdCI6eyJ2IjpbXSwibGFzdF9tb2RpZmllZCI6MTAxMn0sIm9mZnNldCI6MTMsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r13"}, {"id": "r14"}, {"id": "r15"}]}

# _sort=v token after null
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJ2IjpudWxsLCJsYXN0X21vZGlmaWVkIjoxMDAxfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r02"}, {"id": "r03"}]}

# _sort=v token whose object lacked v: only older missing ones
GET /v1/buckets/b/collections/p/records?_sort=v&_limit=4&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDE2fSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r15"}]}

# _sort=-v token after 2: descending
GET /v1/buckets/b/collections/p/records?_sort=-v&_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJ2IjoyLCJsYXN0X21vZGlmaWVkIjoxMDA3fSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Next-Page ~ _sort=-v&_limit=2&_token=
{"data": [{"id": "r06"}, {"id": "r05"}]}

# _sort=-v token after the missing one
GET /v1/buckets/b/collections/p/records?_sort=-v&_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDE1fSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r14"}, {"id": "r13"}]}

# _sort=last_modified token
GET /v1/buckets/b/collections/p/records?_sort=last_modified&_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDEzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r14"}, {"id": "r15"}]}

# setup: t1
PUT /v1/buckets/b/collections/q/records/t1 alice:secret
{"data": {"g": 1, "h": "b", "last_modified": 6001}}
=> 201

# setup: t2
PUT /v1/buckets/b/collections/q/records/t2 alice:secret
{"data": {"g": 1, "h": "a", "last_modified": 6002}}
=> 201

# setup: t3
PUT /v1/buckets/b/collections/q/records/t3 alice:secret
{"data": {"g": 2, "h": "z", "last_modified": 6003}}
=> 201

# setup: t4
PUT /v1/buckets/b/collections/q/records/t4 alice:secret
{"data": {"g": 1, "h": "a", "last_modified": 6004}}
=> 201

# setup: t5
PUT /v1/buckets/b/collections/q/records/t5 alice:secret
{"data": {"g": 2, "h": "a", "last_modified": 6005}}
=> 201

# _sort=g,-h: first page
GET /v1/buckets/b/collections/q/records?_sort=g,-h&_limit=2 alice:secret
=> 200
< Next-Page ~ _sort=g%2C-h&_limit=2&_token=
{"data": [{"id": "t1"}, {"id": "t4"}]}

# _sort=g,-h: token after t4 (tie on both fields, by -last_modified)
GET /v1/buckets/b/collections/q/records?_sort=g,-h&_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJnIjoxLCJoIjoiYSIsImxhc3RfbW9kaWZpZWQiOjYwMDR9LCJvZmZzZXQiOjEsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "t2"}, {"id": "t3"}]}

# _sort=g,-h: token after t3
GET /v1/buckets/b/collections/q/records?_sort=g,-h&_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJnIjoyLCJoIjoieiIsImxhc3RfbW9kaWZpZWQiOjYwMDN9LCJvZmZzZXQiOjEsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "t5"}]}

# _sort=g,-h: token after t1
GET /v1/buckets/b/collections/q/records?_sort=g,-h&_limit=10&_token=eyJsYXN0X29iamVjdCI6eyJnIjoxLCJoIjoiYiIsImxhc3RfbW9kaWZpZWQiOjYwMDF9LCJvZmZzZXQiOjEsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "t4"}, {"id": "t2"}, {"id": "t3"}, {"id": "t5"}]}

# setup: d1
PUT /v1/buckets/b/collections/q/records/d1 alice:secret
{"data": {"a": {"b": 1}, "last_modified": 7001}}
=> 201

# setup: d2
PUT /v1/buckets/b/collections/q/records/d2 alice:secret
{"data": {"a": {"b": 2}, "last_modified": 7002}}
=> 201

# setup: d3
PUT /v1/buckets/b/collections/q/records/d3 alice:secret
{"data": {"a": {"b": 3}, "last_modified": 7003}}
=> 201

# _sort=a.b with a token whose last_object has the flat key "a.b"
GET /v1/buckets/b/collections/q/records?has_a=true&_sort=a.b&_limit=1&_token=eyJsYXN0X29iamVjdCI6eyJhLmIiOjEsImxhc3RfbW9kaWZpZWQiOjcwMDF9LCJvZmZzZXQiOjEsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< Next-Page ~ has_a=true&_sort=a.b&_limit=1&_token=
{"data": [{"id": "d2"}]}

# _sort=-a.b with a flat-key token
GET /v1/buckets/b/collections/q/records?has_a=true&_sort=-a.b&_limit=5&_token=eyJsYXN0X29iamVjdCI6eyJhLmIiOjMsImxhc3RfbW9kaWZpZWQiOjcwMDN9LCJvZmZzZXQiOjEsIm5vbmNlIjoicGFnaW5hdGlvbi10b2tlbi0wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ%3D%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "d2"}, {"id": "d1"}]}

# _token= (empty) is ignored: first page
GET /v1/buckets/b/collections/p/records?_limit=3&_token= alice:secret
=> 200
< Next-Page ~ _token=
{"data": [{"id": "r15"}, {"id": "r14"}, {"id": "r13"}]}

# a DELETE-style token (offset 0) works for GET
GET /v1/buckets/b/collections/p/records?_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjowLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r02"}, {"id": "r01"}]}

# a token with extra keys is fine
GET /v1/buckets/b/collections/p/records?_limit=2&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjozLCJub25jZSI6Im4iLCJ4IjoxfQ%3D%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r02"}, {"id": "r01"}]}

# a token without _limit: everything after it
GET /v1/buckets/b/collections/p/records?_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< !Next-Page
{"data": [{"id": "r02"}, {"id": "r01"}]}

# _token=abc: not base64
GET /v1/buckets/b/collections/p/records?_token=abc alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token of invalid JSON
GET /v1/buckets/b/collections/p/records?_token=ew%3D%3D alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token of a JSON array
GET /v1/buckets/b/collections/p/records?_token=W10%3D alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token of a JSON string
GET /v1/buckets/b/collections/p/records?_token=Ingi alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token whose last_object is not an object
GET /v1/buckets/b/collections/p/records?_token=eyJsYXN0X29iamVjdCI6W10sIm9mZnNldCI6MSwibm9uY2UiOiJuIn0%3D alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token without offset
GET /v1/buckets/b/collections/p/records?_token=eyJsYXN0X29iamVjdCI6e30sIm5vbmNlIjoibiJ9 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token without last_object
GET /v1/buckets/b/collections/p/records?_token=eyJvZmZzZXQiOjEsIm5vbmNlIjoibiJ9 alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token without nonce
GET /v1/buckets/b/collections/p/records?_token=eyJsYXN0X29iamVjdCI6e30sIm9mZnNldCI6MX0%3D alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# _token of bytes that are not JSON
GET /v1/buckets/b/collections/p/records?_token=%2F%2F4%3D alice:secret
=> 400
{"code": 400, "errno": 107, "error": "Invalid parameters", "message": "querystring: _token has invalid content", "details": [{"location": "querystring", "description": "_token has invalid content"}]}

# HEAD never sends Next-Page
HEAD /v1/buckets/b/collections/p/records?_limit=1 alice:secret
=> 200
< !Next-Page
< Total-Objects: 15
< Total-Records: 15

# HEAD ignores _limit and _token in the counts
HEAD /v1/buckets/b/collections/p/records?_limit=1&_token=eyJsYXN0X29iamVjdCI6eyJsYXN0X21vZGlmaWVkIjoxMDAzfSwib2Zmc2V0IjoxLCJub25jZSI6InBhZ2luYXRpb24tdG9rZW4tMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0%3D alice:secret
=> 200
< Total-Objects: 15

# Next-Page on the buckets list
PUT /v1/buckets/b2 alice:secret
=> 201

# Next-Page on the buckets list: absolute URL
GET /v1/buckets?_limit=1 alice:secret
=> 200
< Next-Page ~ http://localhost:8888/v1/buckets?_limit=1&_token=
{"data": [{"id": "b2"}]}


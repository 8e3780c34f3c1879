"""The Pathways web console: server-rendered pages over the gateway's public REST API.

It holds no data of its own beyond a server-side session store (the gateway tokens of each
signed-in browser, its CSRF token and language); see ``docs`` in the service README.
"""

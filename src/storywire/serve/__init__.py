"""`storywire serve`: a self-hosted HTTP API and web page over one store.

`create_app(store, embedder=None, token=None)` in `storywire.serve.app` builds the FastAPI app;
`storywire.serve.cli` adds the `serve` subcommand.
"""

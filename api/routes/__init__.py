"""The API's routers: records-system endpoints, keys, review queue, health."""

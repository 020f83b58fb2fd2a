"""Device drivers and document layout. Knows nothing of Qt or the store."""

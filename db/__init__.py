"""The store: SQLAlchemy models, engine and Alembic migrations. Imports nothing of ours."""

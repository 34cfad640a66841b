"""The JSON format: converter, generated readers and writers, migrations, gc pause, schema."""

def enrich(record):
    return record


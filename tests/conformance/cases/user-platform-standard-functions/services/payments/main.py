def handler(event, context):
    return {'service': 'payments', 'ok': True}

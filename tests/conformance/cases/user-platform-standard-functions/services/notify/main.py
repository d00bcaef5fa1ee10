def handler(event, context):
    return {'service': 'notify', 'ok': True}

import os


def handler(event, context):
    path = os.path.join('/mnt/data', 'hello.txt')
    with open(path, 'w') as f:
        f.write('hello from lambda')
    with open(path) as f:
        return {'content': f.read()}

def main(event, context):
    return "layer-code"

def output_key(key):
    return "out/" + key.rsplit("/", 1)[-1]

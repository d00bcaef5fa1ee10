def normalize(xs):
    top = max(xs) or 1
    return [x / top for x in xs]

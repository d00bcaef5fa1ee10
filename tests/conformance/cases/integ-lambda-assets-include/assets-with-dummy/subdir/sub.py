def sub():
    return "sub"

def thumbnail_key(key, size=256):
    stem, _, ext = key.rpartition(".")
    return f"thumbnails/{size}/{stem.split('/')[-1]}.{ext}"

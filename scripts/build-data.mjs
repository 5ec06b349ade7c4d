// placeholder; replaced by the dictionary build

DEFAULT_COUNT = 0
def docs(nlp, n, seed):
    return []

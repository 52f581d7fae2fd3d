from arxiv_classifier.models import SciBertClassifier, SentenceTransformerClassifier, get_model
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------

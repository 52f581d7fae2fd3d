from arxiv_classifier.data import arxiv_dataset, load_label_encoder
def test_arxiv_data_loading_correctly():
def test_all_splits_have_valid_labels():
# ----------------------------------------------------------------------

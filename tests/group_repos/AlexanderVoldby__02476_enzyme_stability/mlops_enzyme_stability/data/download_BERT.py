from transformers import BertModel, BertTokenizer
import hydra
#@hydra.main(version_base="1.3", config_name="config.yaml", config_path="../../")
# ----------------------------------------------------------------------

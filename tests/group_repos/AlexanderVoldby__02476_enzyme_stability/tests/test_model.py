def test_model():
    from mlops_enzyme_stability.models.MLP import MyNeuralNet
    from omegaconf import OmegaConf
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------

#from mlops_enzyme_stability.models.MLP import MyNeuralNet
#from mlops_enzyme_stability.predict_model import predict

# from project.models.model import MyNeuralNet
from project.predict_model import predict

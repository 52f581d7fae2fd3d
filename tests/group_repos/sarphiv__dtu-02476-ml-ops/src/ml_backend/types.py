batch_size = "batch_size"
channels = 3
height = 32
width = 32
num_classes = 10

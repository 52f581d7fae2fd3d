# Build a Docker image using train.dockerfile
docker build -f dockerfiles/train.dockerfile . -t train:latest
docker run --name experiment1 --rm train:latest # ----------------------------------------------------------------------

docker build -f dockerfiles/wandb.dockerfile . -t wandb:latest
docker run -e WANDB_API_KEY=<your-api-key> wandb:latest
import wandb
wandb.init(
    project="wandb_docker_test",
    name="from-docker",

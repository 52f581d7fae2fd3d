sudo docker pull drjupiter/mlops24:latest-gpu
sudo docker volume create drjupiter_trained_models
sudo docker run -v drjupiter_trained_models:/trained_model --gpus all drjupiter/mlops24:latest-gpu --save_path /trained_model $WANDB_KEY

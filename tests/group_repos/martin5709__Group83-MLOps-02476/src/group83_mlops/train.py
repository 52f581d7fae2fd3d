import typer
import wandb
import hydra
from torch import nn
from torchvision.transforms import ToPILImage
from group83_mlops.data import cifar100, cifar100_test
from resnet import resnet50  # noqa: E402
from fun import get_synth_prob # noqa: E402
def train_hydra(experiment: str = "exp1", quick_test: bool = False, vertex: bool = False) -> None:
    with hydra.initialize(version_base=None, config_path=config_location):
        cfg = hydra.compose(config_name=experiment)
def train_wandb(learning_rate: float = 2e-5, batch_size: int = 64, epochs: int = 10, k_discriminator: int = 3, random_state: int = 42, latent_space_size: int = 1000, gencol: str = "Simple_Generators", discol: str = "Simple_Discriminators") -> None:
        return wandb.init(
def train_core(learning_rate: float = 2e-5, batch_size: int = 64, epochs: int = 10, k_discriminator: int = 3, random_state: int = 42, latent_space_size: int = 1000, gencol:str = "Simple_Generators", discol:str = "Simple_Discirminators", wandb_active: bool = False, quick_test: bool = False, vertex: bool = False, model_type: int = 0) -> None:
    main_dataloader = torch.utils.data.DataLoader(main_dataset, batch_size=batch_size, num_workers=chosen)

from final_project import MentalDisordersDataset
from pytorch_lightning import LightningDataModule, seed_everything
from torch.utils.data import DataLoader, random_split
import hydra
import logging
log = logging.getLogger(__name__)
        self.num_workers = cfg.num_workers
        return DataLoader(self.train, batch_size=self.batch_size, num_workers=self.num_workers, persistent_workers=True)
        return DataLoader(self.val, batch_size=self.batch_size, num_workers=self.num_workers, persistent_workers=True)
    def test_dataloader(self):
        return DataLoader(self.test, batch_size=self.batch_size, num_workers=self.num_workers)
@hydra.main(version_base="1.1", config_path="config", config_name="data.yaml")

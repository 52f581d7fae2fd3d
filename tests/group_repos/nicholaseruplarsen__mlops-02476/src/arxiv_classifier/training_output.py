from datetime import datetime
from tqdm import tqdm as _tqdm_orig
    from nvitop import Device as NvDevice
        from IPython import get_ipython
def log_training_config(train_size: int, val_size: int, device, num_workers: int, batch_size: int) -> None:
    print(f"Device: {Colors.GREEN}{device_name}{Colors.RESET}, Workers: {num_workers}, Batch size: {batch_size}")
) -> None:
def log_training_complete(output_dir) -> None:

import cProfile
from contextlib import contextmanager
from pathlib import Path
from typing import Generator
from loguru import logger
from torch.profiler import ProfilerActivity, profile, schedule, tensorboard_trace_handler
) -> Generator[profile, None, None]:
    # Start cProfile
    profiler = cProfile.Profile()
        # Stop cProfile and save
        profiler.dump_stats(output_path / "cprofile_stats.prof")
        logger.info(f"Saved cProfile stats to {output_path / 'cprofile_stats.prof'}")
        logger.info(f"View with: snakeviz {output_path / 'cprofile_stats.prof'}")

from group83_mlops.model import Generator, Discriminator
def test_gen_latent_space_type():
def test_gen_latent_space_size():
def test_gen_output_space_size():
def test_dis_output_space_size():
# ----------------------------------------------------------------------

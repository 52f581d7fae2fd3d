import argparse
from sklearn.metrics import average_precision_score, accuracy_score
from scipy import stats
from networks.resnet import resnet50
from tqdm import tqdm
                                          num_workers=opt.workers),]

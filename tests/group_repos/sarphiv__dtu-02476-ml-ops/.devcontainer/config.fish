if status is-interactive
    # Commands to run in interactive sessions can go here
    source /opt/conda/etc/fish/conf.d/conda.fish
    conda activate base
end

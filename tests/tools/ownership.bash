# What the chown and chgrp suites share (sourced): the tree each case starts from, as root (owners of several
# kinds, links into it, out of it, dangling and looping, odd names) and for an unprivileged user (nobody's
# files beside root's, a directory nobody may not read), and the state compared after it.
fixture() {
  touch f x theirs "sp ace" $'new\nline' $'bad\xffname' && mkdir -p d/sub e && touch d/in d/sub/deep &&
    ln -s ../f d/lf && ln -s f fl && ln -s nowhere dangling && ln -s d dl && ln -s ../e e/back &&
    chown 1:1 x && chown 65534:65534 theirs && chown -h 2:2 fl && chown -R 3:3 d && ln -s nowhere d/dang
}
owners() { find . -printf '%p %U:%G %y\n' | sort; }
unprivileged() {
  fixture
  chmod 777 . && chown -R 65534:65534 e && mkdir -p shut/in && touch shut/in/f && chmod 700 shut/in &&
    chown 65534 shut
}

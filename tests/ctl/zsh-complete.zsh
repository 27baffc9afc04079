# Completes one command line in a real zsh completion system and prints the candidates, one a
# line. zsh -f: no user or system start-up files, so only resources/completion/_ipamctl
# answers. An interactive zsh runs in a pseudo-terminal (zpty) because completion widgets
# need the line editor; compadd is wrapped to report what the completion function offered
# (after compsys' own matching against the word under the cursor).
#
# usage: zsh -f zsh-complete.zsh COMPLETION_DIR PROGRAM_DIR LINE
zmodload zsh/zpty || exit 2
local completionDir=$1 programDir=$2 line=$3
zpty shell zsh -f -i || exit 2
zpty -w shell "PROMPT='> '; PATH=${(q)programDir}:\$PATH; fpath=(${(q)completionDir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w shell 'compadd() { local -a hits; builtin compadd -A hits "$@"; (( $#hits )) && print -n -- "<hit>${(j:<hit>:)hits}<end>" >&2; builtin compadd "$@"; }'
zpty -w shell 'zstyle ":completion:*" menu no; print COMPLETION-READY'
zpty -r shell ignored '*COMPLETION-READY*' || exit 2
zpty -n -w shell "$line"$'\t'
local output chunk
# Bounded: 10 s at most for the completion to answer. A completion may call compadd several
# times (one group after another, a slow store lookup in between): after the first answer, read
# on until the shell has been quiet for half a second, or a loaded machine cuts the list short.
local quiet=0
for attempt in {1..100}; do
  if zpty -r -t shell chunk; then
    output+=$chunk
    quiet=0
  elif [[ $output == *'<end>'* ]]; then
    (( ++quiet >= 5 )) && break
  fi
  sleep 0.1
done
zpty -d shell
[[ $output == *'<hit>'* ]] || exit 1
output=${output#*<hit>}
output=${output%%<end>*}
print -l -- ${(s:<hit>:)output}

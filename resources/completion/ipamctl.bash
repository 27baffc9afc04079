# bash completion for ipamctl                                     -*- shell-script -*-
# Commands and their flags come from `ipamctl --help` itself (so they are never out of date);
# the names after --space, --lnet and --site are read from the store (the --db given on the
# line, else $IPAM_DB or the default), with a `list` command that takes milliseconds.

_ipamctl_help()
{
    LC_ALL=C LANG=C "$1" --help 2>/dev/null
}

# The first column (Name) of `ipamctl --format csv KIND list`, without CSV quotes.
_ipamctl_names()
{
    local program=$1 kind=$2
    shift 2
    LC_ALL=C "$program" "$@" --format csv "$kind" list 2>/dev/null | awk -F, '
        NR == 1 { next }
        /^"/ { sub(/^"/, ""); i = index($0, "\""); print substr($0, 1, i - 1); next }
        { print $1 }'
}

_ipamctl()
{
    local cur prev words cword
    _init_completion -n = || return

    local program=${words[0]}
    local -a db=()
    local i group="" verb="" nwords=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db | --as | --format)
                [[ ${words[i]} == --db ]] && db=(--db "${words[i + 1]}")
                ((i++))
                ;;
            --db=*) db=("${words[i]}") ;;
            -*) ;;
            *)
                if [[ -z $group ]]; then
                    group=${words[i]}
                elif [[ -z $verb ]]; then
                    verb=${words[i]}
                fi
                ((nwords++))
                ;;
        esac
    done

    local IFS=$'\n'
    case $prev in
        --format)
            COMPREPLY=($(compgen -W 'table json csv' -- "$cur"))
            return
            ;;
        --db | --out | --credentials-file)
            _filedir
            return
            ;;
        --space | --provider)
            COMPREPLY=($(compgen -W "$(_ipamctl_names "$program" space "${db[@]}")" -- "$cur"))
            __ltrim_colon_completions "$cur"
            COMPREPLY=($(printf '%q\n' "${COMPREPLY[@]}"))
            return
            ;;
        --lnet)
            COMPREPLY=($(compgen -W "$(_ipamctl_names "$program" lnet "${db[@]}")" -- "$cur"))
            COMPREPLY=($(printf '%q\n' "${COMPREPLY[@]}"))
            return
            ;;
        --site)
            COMPREPLY=($(compgen -W "$(_ipamctl_names "$program" site "${db[@]}")" -- "$cur"))
            COMPREPLY=($(printf '%q\n' "${COMPREPLY[@]}"))
            return
            ;;
        --family)
            COMPREPLY=($(compgen -W '4 6' -- "$cur"))
            return
            ;;
        --type)
            COMPREPLY=($(compgen -W 'provider customer' -- "$cur"))
            return
            ;;
        --keep)
            COMPREPLY=($(compgen -W 'ipam vmm' -- "$cur"))
            return
            ;;
    esac

    # The synopsis lines of --help: "  subnet add PREFIX [--space NAME] ...".
    local synopses
    synopses=$(_ipamctl_help "$program" | sed -n '/^commands:/,/^$/{/^  [a-z]/p}')
    if [[ -z $group ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--db --as --format --help --version' -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(awk '{ print $1 }' <<<"$synopses" | sort -u)" -- "$cur"))
        fi
        return
    fi
    local verbs
    verbs=$(awk -v g="$group" '$1 == g && $2 ~ /^[a-z][a-z-]*$/ { print $2 }' <<<"$synopses")
    if [[ -z $verb && -n $verbs && $cur != -* ]]; then
        COMPREPLY=($(compgen -W "$verbs" -- "$cur"))
        return
    fi
    local line
    line=$(awk -v g="$group" -v v="$verb" '$1 == g && ($2 == v || v == "" || $2 !~ /^[a-z]/)' <<<"$synopses")
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(grep -o -- '--[a-z][a-z-]*' <<<"$line" | sort -u)
--db
--as
--format" -- "$cur"))
        return
    fi
    case $group in
        import | export)
            if ((nwords == 1)); then
                COMPREPLY=($(compgen -W 'subnet range address' -- "$cur"))
            else
                _filedir
            fi
            ;;
    esac
} && complete -F _ipamctl ipamctl

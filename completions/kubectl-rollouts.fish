# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kubectl_rollouts_global_optspecs
    string join \n kubeconfig= context= cluster= user= n/namespace= request-timeout= s/server= token= insecure-skip-tls-verify certificate-authority= client-certificate= client-key= tls-server-name= as= as-group= as-uid= username= password= v/v= cache-dir= disable-compression color= no-color h/help
end

function __fish_kubectl_rollouts_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kubectl_rollouts_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kubectl_rollouts_using_subcommand
    set -l cmd (__fish_kubectl_rollouts_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "get" -d 'Show a rollout or an experiment with its tree of ReplicaSets, pods and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "list" -d 'List rollouts or experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "status" -d 'Show the status of a rollout and wait until it is Healthy or Degraded'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "undo" -d 'Roll back to a previous revision (the previous one by default)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "promote" -d 'Promote a paused rollout: to its next step, or all the way with --full'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "set-weight" -d 'Hold an in-flight canary at a chosen weight (rewrites the steps in the cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "pause" -d 'Pause one or more rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "abort" -d 'Abort one or more rollouts: scale the canary or preview down and return traffic to stable'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "retry" -d 'Retry an aborted rollout or a failed experiment'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "restart" -d 'Restart the pods of a rollout (now, or after a delay)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "set" -d 'Update a field of a rollout'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "history" -d 'Show the revisions of a rollout, one revision\'s template, or what an undo would change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "lint" -d 'Check manifests without a cluster: Rollouts, AnalysisTemplates, AnalysisRuns, Experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "create" -d 'Create Argo Rollouts objects from files, or an AnalysisRun from a template'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "terminate" -d 'Stop an analysis run or an experiment'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "playground" -d 'Try every command without a cluster: a local demo cluster with example rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "dashboard" -d 'Serve a live web dashboard and the Argo Rollouts dashboard\'s REST API'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "version" -d 'Print the version of kubectl-rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "completion" -d 'Print a shell completion script for bash, zsh, fish, powershell or elvish'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "rollout" -d 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "ro" -d 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "rollouts" -d 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "experiment" -d 'Show an experiment with its ReplicaSets and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "exp" -d 'Show an experiment with its ReplicaSets and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "experiments" -d 'Show an experiment with its ReplicaSets and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -s o -l output -d 'Print the computed view as data instead of text' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -s w -l watch -d 'Keep watching and redraw on every change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -s o -l output -d 'Print the computed view as data instead of text' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -s w -l watch -d 'Keep watching and redraw on every change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from ro" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -s o -l output -d 'Print the computed view as data instead of text' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -s w -l watch -d 'Keep watching and redraw on every change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from rollouts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -s o -l output -d 'Print the computed view as data instead of text' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -s w -l watch -d 'Keep watching and redraw on every change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -s o -l output -d 'Print the computed view as data instead of text' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -s w -l watch -d 'Keep watching and redraw on every change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from exp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -s o -l output -d 'Print the computed view as data instead of text' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -s w -l watch -d 'Keep watching and redraw on every change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from experiments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "rollout" -d 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "experiment" -d 'Show an experiment with its ReplicaSets and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "rollouts" -d 'List rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "ro" -d 'List rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "rollout" -d 'List rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "experiments" -d 'List experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "exp" -d 'List experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "experiment" -d 'List experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and not __fish_seen_subcommand_from rollouts ro rollout experiments exp experiment help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l name -d 'Only the rollout with this name' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s o -l output -d 'Print the rows as data: a list, or with --watch one document per changed row' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s A -l all-namespaces -d 'List across all namespaces'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s w -l watch -d 'Keep watching and print a row whenever a rollout changes'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l timestamps -d 'Print a timestamp column first'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollouts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l name -d 'Only the rollout with this name' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s o -l output -d 'Print the rows as data: a list, or with --watch one document per changed row' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s A -l all-namespaces -d 'List across all namespaces'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s w -l watch -d 'Keep watching and print a row whenever a rollout changes'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l timestamps -d 'Print a timestamp column first'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from ro" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l name -d 'Only the rollout with this name' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l timeout-seconds -d 'Stop watching after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s o -l output -d 'Print the rows as data: a list, or with --watch one document per changed row' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s A -l all-namespaces -d 'List across all namespaces'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s w -l watch -d 'Keep watching and print a row whenever a rollout changes'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l timestamps -d 'Print a timestamp column first'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from rollout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l name -d 'Only the experiment with this name' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -s o -l output -d 'Print the rows as data (a list)' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -s A -l all-namespaces -d 'List across all namespaces'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l name -d 'Only the experiment with this name' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -s o -l output -d 'Print the rows as data (a list)' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -s A -l all-namespaces -d 'List across all namespaces'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from exp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l name -d 'Only the experiment with this name' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -s o -l output -d 'Print the rows as data (a list)' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -s A -l all-namespaces -d 'List across all namespaces'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from experiment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "rollouts" -d 'List rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "experiments" -d 'List experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s w -l watch -d 'Wait until Healthy or Degraded (--watch=false prints once)' -r -f -a "true\t''
false\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s t -l timeout -d 'Give up after this long, e.g. 90s, 5m (0 waits forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s o -l output -d 'Print {name, namespace, phase, message} as data, one document per change' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l to-revision -d 'The revision to go back to (default: the previous one)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l full -d 'Skip all remaining steps and analysis'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l no-pause -d 'Do not pause at the new weight: run the remaining steps on'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l restore -d 'Put back the steps set-weight replaced (recorded on the rollout) instead of setting a weight'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set-weight" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand abort" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "rollout" -d 'Retry one or more aborted rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "ro" -d 'Retry one or more aborted rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "rollouts" -d 'Retry one or more aborted rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "experiment" -d 'Retry one or more failed experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "exp" -d 'Retry one or more failed experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "experiments" -d 'Retry one or more failed experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and not __fish_seen_subcommand_from rollout ro rollouts experiment exp experiments help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from ro" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from rollouts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from exp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from experiments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "rollout" -d 'Retry one or more aborted rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "experiment" -d 'Retry one or more failed experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand retry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l in -d 'Restart after this long, e.g. 30s, 10m, 1h (default now)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -f -a "image" -d 'Update container images of a rollout (or of the workload it references)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and not __fish_seen_subcommand_from image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from help" -f -a "image" -d 'Update container images of a rollout (or of the workload it references)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand set; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l revision -d 'Show this revision\'s pod template' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -s o -l output -d 'Print the revisions (or the one --revision names) as data' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l diff -d 'With --revision: show what an undo to that revision would change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -s f -l filename -d 'A manifest to check: YAML with any number of documents, or JSON (an object or a List); `-` reads stdin. Repeat for several files' -r -F
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -s o -l output -d 'Print the problems as data (`[]` when valid)' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -s f -l filename -d 'A manifest to create: YAML with any number of documents, or JSON; `-` reads stdin. Repeat for several files' -r -F
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l timeout-seconds -d 'Stop following after this many seconds (0 = forever)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -s w -l watch -d 'Follow the created rollout or experiment as `get -w` does'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l dry-run -d 'Print what would be created, and create nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -f -a "analysisrun" -d 'Create an AnalysisRun from an AnalysisTemplate (or a ClusterAnalysisTemplate)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -f -a "ar" -d 'Create an AnalysisRun from an AnalysisTemplate (or a ClusterAnalysisTemplate)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -f -a "analysisruns" -d 'Create an AnalysisRun from an AnalysisTemplate (or a ClusterAnalysisTemplate)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and not __fish_seen_subcommand_from analysisrun ar analysisruns help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l from -d 'The AnalysisTemplate (with --global: ClusterAnalysisTemplate) to run' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l from-file -d 'A file holding the template to run' -r -F
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -s a -l argument -d 'An argument of the template, NAME=VALUE; repeat for several' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l name -d 'The name of the run' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l generate-name -d 'A name prefix for the server to complete (default: the template\'s name and \'-\')' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l instance-id -d 'The controller instance that should run it (the argo-rollouts.argoproj.io/instance-id label)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l global -d 'Read a ClusterAnalysisTemplate instead of an AnalysisTemplate'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l dry-run -d 'Print the run that would be created, and create nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisrun" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l from -d 'The AnalysisTemplate (with --global: ClusterAnalysisTemplate) to run' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l from-file -d 'A file holding the template to run' -r -F
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -s a -l argument -d 'An argument of the template, NAME=VALUE; repeat for several' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l name -d 'The name of the run' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l generate-name -d 'A name prefix for the server to complete (default: the template\'s name and \'-\')' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l instance-id -d 'The controller instance that should run it (the argo-rollouts.argoproj.io/instance-id label)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l global -d 'Read a ClusterAnalysisTemplate instead of an AnalysisTemplate'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l dry-run -d 'Print the run that would be created, and create nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from ar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l from -d 'The AnalysisTemplate (with --global: ClusterAnalysisTemplate) to run' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l from-file -d 'A file holding the template to run' -r -F
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -s a -l argument -d 'An argument of the template, NAME=VALUE; repeat for several' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l name -d 'The name of the run' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l generate-name -d 'A name prefix for the server to complete (default: the template\'s name and \'-\')' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l instance-id -d 'The controller instance that should run it (the argo-rollouts.argoproj.io/instance-id label)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l global -d 'Read a ClusterAnalysisTemplate instead of an AnalysisTemplate'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l dry-run -d 'Print the run that would be created, and create nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from analysisruns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "analysisrun" -d 'Create an AnalysisRun from an AnalysisTemplate (or a ClusterAnalysisTemplate)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "analysisrun" -d 'Terminate analysis runs (set spec.terminate; the controller stops measuring)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "ar" -d 'Terminate analysis runs (set spec.terminate; the controller stops measuring)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "analysisruns" -d 'Terminate analysis runs (set spec.terminate; the controller stops measuring)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "experiment" -d 'Terminate experiments (set spec.terminate; the controller scales them down)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "exp" -d 'Terminate experiments (set spec.terminate; the controller scales them down)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "experiments" -d 'Terminate experiments (set spec.terminate; the controller scales them down)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and not __fish_seen_subcommand_from analysisrun ar analysisruns experiment exp experiments help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisrun" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from ar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from analysisruns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from exp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l dry-run -d 'Print the patch and a diff of the object, and write nothing'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from experiments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from help" -f -a "analysisrun" -d 'Terminate analysis runs (set spec.terminate; the controller stops measuring)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from help" -f -a "experiment" -d 'Terminate experiments (set spec.terminate; the controller scales them down)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand terminate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l port -d 'Port on 127.0.0.1 to serve on (default: a free port)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l kubeconfig-out -d 'Write the kubeconfig to this path, which must not exist yet (default: a temporary file); it is removed when the playground stops' -r -F
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l speed -d 'Make simulated time run N times faster: pauses, pod start-up, analysis measurements' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l seed -d 'Seed for generated names and values: the same seed gives the same pod names' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand playground" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l port -d 'Port to listen on; 0 picks a free one' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l address -d 'Address to listen on; anything but a loopback address exposes the dashboard (and your cluster credentials\' powers) to the network' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l root-path -d 'Path the dashboard is served under' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l read-only -d 'Show, never change: every write is refused and the pages have no action buttons'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -s A -l all-namespaces -d 'List the rollouts of every namespace'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l open -d 'Open the entry URL in a browser'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -s o -l output -d 'Print as data' -r -f -a "json\t''
yaml\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l short -d 'Print only the version, on one line'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l kubeconfig -d 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l context -d 'The name of the kubeconfig context to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l user -d 'The name of the kubeconfig user to use' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -s n -l namespace -d 'The namespace (default: the context\'s namespace, else "default")' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l request-timeout -d 'Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds (0.5 too); 0 waits forever (default 30s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -s s -l server -d 'The address and port of the Kubernetes API server (wins over the kubeconfig\'s)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l token -d 'Bearer token for authentication to the API server (wins over the kubeconfig\'s user)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l certificate-authority -d 'Path to a CA certificate file to verify the server\'s certificate with' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l client-certificate -d 'Path to a client certificate file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l client-key -d 'Path to a client key file for TLS' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l tls-server-name -d 'Server name to check the server\'s certificate against (default: the server\'s host)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l as -d 'Username to impersonate for the operation (a user or a service account)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l as-group -d 'Group to impersonate for the operation; repeat for several groups' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l username -d 'Username for HTTP basic authentication to the API server (sent as kubectl sends it; Kubernetes itself removed basic authentication in 1.19)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l password -d 'Password for HTTP basic authentication to the API server (see --username)' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -s v -l v -d 'Log level: 6 prints one line per request on stderr (method, URL, status, time), 8 also the response size; never a token or a certificate' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l cache-dir -d 'Accepted for kubectl\'s sake and ignored: we keep no discovery cache' -r
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l color -d 'When to colour the output' -r -f -a "auto\t'Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb'
always\t''
never\t''"
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l insecure-skip-tls-verify -d 'Do not check the server\'s certificate (insecure: use only against a test cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l disable-compression -d 'Accepted for kubectl\'s sake: our responses are never compressed anyway'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -l no-color -d 'Never colour the output (same as --color never)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "get" -d 'Show a rollout or an experiment with its tree of ReplicaSets, pods and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "list" -d 'List rollouts or experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "status" -d 'Show the status of a rollout and wait until it is Healthy or Degraded'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "undo" -d 'Roll back to a previous revision (the previous one by default)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "promote" -d 'Promote a paused rollout: to its next step, or all the way with --full'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "set-weight" -d 'Hold an in-flight canary at a chosen weight (rewrites the steps in the cluster)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "pause" -d 'Pause one or more rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "abort" -d 'Abort one or more rollouts: scale the canary or preview down and return traffic to stable'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "retry" -d 'Retry an aborted rollout or a failed experiment'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "restart" -d 'Restart the pods of a rollout (now, or after a delay)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "set" -d 'Update a field of a rollout'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "history" -d 'Show the revisions of a rollout, one revision\'s template, or what an undo would change'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "lint" -d 'Check manifests without a cluster: Rollouts, AnalysisTemplates, AnalysisRuns, Experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "create" -d 'Create Argo Rollouts objects from files, or an AnalysisRun from a template'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "terminate" -d 'Stop an analysis run or an experiment'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "playground" -d 'Try every command without a cluster: a local demo cluster with example rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "dashboard" -d 'Serve a live web dashboard and the Argo Rollouts dashboard\'s REST API'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "version" -d 'Print the version of kubectl-rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "completion" -d 'Print a shell completion script for bash, zsh, fish, powershell or elvish'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and not __fish_seen_subcommand_from get list status undo promote set-weight pause abort retry restart set history lint create terminate playground dashboard version completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "rollout" -d 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "experiment" -d 'Show an experiment with its ReplicaSets and analysis runs'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "rollouts" -d 'List rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "experiments" -d 'List experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "rollout" -d 'Retry one or more aborted rollouts'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from retry" -f -a "experiment" -d 'Retry one or more failed experiments'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from set" -f -a "image" -d 'Update container images of a rollout (or of the workload it references)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "analysisrun" -d 'Create an AnalysisRun from an AnalysisTemplate (or a ClusterAnalysisTemplate)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from terminate" -f -a "analysisrun" -d 'Terminate analysis runs (set spec.terminate; the controller stops measuring)'
complete -c kubectl-rollouts -n "__fish_kubectl_rollouts_using_subcommand help; and __fish_seen_subcommand_from terminate" -f -a "experiment" -d 'Terminate experiments (set spec.terminate; the controller scales them down)'


use builtin;
use str;

set edit:completion:arg-completer[kubectl-rollouts] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kubectl-rollouts'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kubectl-rollouts'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand get 'Show a rollout or an experiment with its tree of ReplicaSets, pods and analysis runs'
            cand list 'List rollouts or experiments'
            cand status 'Show the status of a rollout and wait until it is Healthy or Degraded'
            cand undo 'Roll back to a previous revision (the previous one by default)'
            cand promote 'Promote a paused rollout: to its next step, or all the way with --full'
            cand set-weight 'Hold an in-flight canary at a chosen weight (rewrites the steps in the cluster)'
            cand pause 'Pause a rollout'
            cand abort 'Abort a rollout: scale the canary or preview down and return traffic to stable'
            cand retry 'Retry an aborted rollout or a failed experiment'
            cand restart 'Restart the pods of a rollout (now, or after a delay)'
            cand set 'Update a field of a rollout'
            cand history 'Show the revisions of a rollout, one revision''s template, or what an undo would change'
            cand playground 'Try every command without a cluster: a local demo cluster with example rollouts'
            cand dashboard 'Serve a live web dashboard and the Argo Rollouts dashboard''s REST API'
            cand version 'Print the version of kubectl-rollouts'
            cand completion 'Print a shell completion script for bash, zsh, fish, powershell or elvish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;get'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand rollout 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
            cand ro 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
            cand rollouts 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
            cand experiment 'Show an experiment with its ReplicaSets and analysis runs'
            cand exp 'Show an experiment with its ReplicaSets and analysis runs'
            cand experiments 'Show an experiment with its ReplicaSets and analysis runs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;get;rollout'= {
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand -o 'Print the computed view as data instead of text'
            cand --output 'Print the computed view as data instead of text'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -w 'Keep watching and redraw on every change'
            cand --watch 'Keep watching and redraw on every change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;get;ro'= {
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand -o 'Print the computed view as data instead of text'
            cand --output 'Print the computed view as data instead of text'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -w 'Keep watching and redraw on every change'
            cand --watch 'Keep watching and redraw on every change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;get;rollouts'= {
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand -o 'Print the computed view as data instead of text'
            cand --output 'Print the computed view as data instead of text'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -w 'Keep watching and redraw on every change'
            cand --watch 'Keep watching and redraw on every change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;get;experiment'= {
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand -o 'Print the computed view as data instead of text'
            cand --output 'Print the computed view as data instead of text'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -w 'Keep watching and redraw on every change'
            cand --watch 'Keep watching and redraw on every change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;get;exp'= {
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand -o 'Print the computed view as data instead of text'
            cand --output 'Print the computed view as data instead of text'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -w 'Keep watching and redraw on every change'
            cand --watch 'Keep watching and redraw on every change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;get;experiments'= {
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand -o 'Print the computed view as data instead of text'
            cand --output 'Print the computed view as data instead of text'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -w 'Keep watching and redraw on every change'
            cand --watch 'Keep watching and redraw on every change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;get;help'= {
            cand rollout 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
            cand experiment 'Show an experiment with its ReplicaSets and analysis runs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;get;help;rollout'= {
        }
        &'kubectl-rollouts;get;help;experiment'= {
        }
        &'kubectl-rollouts;get;help;help'= {
        }
        &'kubectl-rollouts;list'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand rollouts 'List rollouts'
            cand ro 'List rollouts'
            cand rollout 'List rollouts'
            cand experiments 'List experiments'
            cand exp 'List experiments'
            cand experiment 'List experiments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;list;rollouts'= {
            cand --name 'Only the rollout with this name'
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -A 'List across all namespaces'
            cand --all-namespaces 'List across all namespaces'
            cand -w 'Keep watching and print a row whenever a rollout changes'
            cand --watch 'Keep watching and print a row whenever a rollout changes'
            cand --timestamps 'Print a timestamp column first'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;list;ro'= {
            cand --name 'Only the rollout with this name'
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -A 'List across all namespaces'
            cand --all-namespaces 'List across all namespaces'
            cand -w 'Keep watching and print a row whenever a rollout changes'
            cand --watch 'Keep watching and print a row whenever a rollout changes'
            cand --timestamps 'Print a timestamp column first'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;list;rollout'= {
            cand --name 'Only the rollout with this name'
            cand --timeout-seconds 'Stop watching after this many seconds (0 = forever)'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -A 'List across all namespaces'
            cand --all-namespaces 'List across all namespaces'
            cand -w 'Keep watching and print a row whenever a rollout changes'
            cand --watch 'Keep watching and print a row whenever a rollout changes'
            cand --timestamps 'Print a timestamp column first'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;list;experiments'= {
            cand --name 'Only the experiment with this name'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -A 'List across all namespaces'
            cand --all-namespaces 'List across all namespaces'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;list;exp'= {
            cand --name 'Only the experiment with this name'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -A 'List across all namespaces'
            cand --all-namespaces 'List across all namespaces'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;list;experiment'= {
            cand --name 'Only the experiment with this name'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand -A 'List across all namespaces'
            cand --all-namespaces 'List across all namespaces'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;list;help'= {
            cand rollouts 'List rollouts'
            cand experiments 'List experiments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;list;help;rollouts'= {
        }
        &'kubectl-rollouts;list;help;experiments'= {
        }
        &'kubectl-rollouts;list;help;help'= {
        }
        &'kubectl-rollouts;status'= {
            cand -w 'Wait until Healthy or Degraded (--watch=false prints once)'
            cand --watch 'Wait until Healthy or Degraded (--watch=false prints once)'
            cand -t 'Give up after this long, e.g. 90s, 5m (0 waits forever)'
            cand --timeout 'Give up after this long, e.g. 90s, 5m (0 waits forever)'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;undo'= {
            cand --to-revision 'The revision to go back to (default: the previous one)'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;promote'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --full 'Skip all remaining steps and analysis'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;set-weight'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-pause 'Do not pause at the new weight: run the remaining steps on'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;pause'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;abort'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand rollout 'Retry an aborted rollout'
            cand ro 'Retry an aborted rollout'
            cand rollouts 'Retry an aborted rollout'
            cand experiment 'Retry a failed experiment'
            cand exp 'Retry a failed experiment'
            cand experiments 'Retry a failed experiment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;retry;rollout'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry;ro'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry;rollouts'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry;experiment'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry;exp'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry;experiments'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;retry;help'= {
            cand rollout 'Retry an aborted rollout'
            cand experiment 'Retry a failed experiment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;retry;help;rollout'= {
        }
        &'kubectl-rollouts;retry;help;experiment'= {
        }
        &'kubectl-rollouts;retry;help;help'= {
        }
        &'kubectl-rollouts;restart'= {
            cand --in 'Restart after this long, e.g. 30s, 10m, 1h (default now)'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;set'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand image 'Update container images of a rollout (or of the workload it references)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;set;image'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --dry-run 'Print the patch and a diff of the object, and write nothing'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;set;help'= {
            cand image 'Update container images of a rollout (or of the workload it references)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;set;help;image'= {
        }
        &'kubectl-rollouts;set;help;help'= {
        }
        &'kubectl-rollouts;history'= {
            cand --revision 'Show this revision''s pod template'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --diff 'With --revision: show what an undo to that revision would change'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;playground'= {
            cand --port 'Port on 127.0.0.1 to serve on (default: a free port)'
            cand --kubeconfig-out 'Write the kubeconfig to this path, which must not exist yet (default: a temporary file); it is removed when the playground stops'
            cand --speed 'Make simulated time run N times faster: pauses, pod start-up, analysis measurements'
            cand --seed 'Seed for generated names and values: the same seed gives the same pod names'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;dashboard'= {
            cand --port 'Port to listen on; 0 picks a free one'
            cand --address 'Address to listen on; anything but a loopback address exposes the dashboard (and your cluster credentials'' powers) to the network'
            cand --root-path 'Path the dashboard is served under'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --read-only 'Show, never change: every write is refused and the pages have no action buttons'
            cand -A 'List the rollouts of every namespace'
            cand --all-namespaces 'List the rollouts of every namespace'
            cand --open 'Open the entry URL in a browser'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;version'= {
            cand -o 'Print as JSON'
            cand --output 'Print as JSON'
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;completion'= {
            cand --kubeconfig 'Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)'
            cand --context 'The name of the kubeconfig context to use'
            cand --cluster 'The name of the kubeconfig cluster to use'
            cand --user 'The name of the kubeconfig user to use'
            cand -n 'The namespace (default: the context''s namespace, else "default")'
            cand --namespace 'The namespace (default: the context''s namespace, else "default")'
            cand --request-timeout 'Time to wait for each request to the server, e.g. 10s, 1m, or plain seconds; 0 waits forever (default 30s)'
            cand --color 'When to colour the output'
            cand --no-color 'Never colour the output (same as --color never)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kubectl-rollouts;help'= {
            cand get 'Show a rollout or an experiment with its tree of ReplicaSets, pods and analysis runs'
            cand list 'List rollouts or experiments'
            cand status 'Show the status of a rollout and wait until it is Healthy or Degraded'
            cand undo 'Roll back to a previous revision (the previous one by default)'
            cand promote 'Promote a paused rollout: to its next step, or all the way with --full'
            cand set-weight 'Hold an in-flight canary at a chosen weight (rewrites the steps in the cluster)'
            cand pause 'Pause a rollout'
            cand abort 'Abort a rollout: scale the canary or preview down and return traffic to stable'
            cand retry 'Retry an aborted rollout or a failed experiment'
            cand restart 'Restart the pods of a rollout (now, or after a delay)'
            cand set 'Update a field of a rollout'
            cand history 'Show the revisions of a rollout, one revision''s template, or what an undo would change'
            cand playground 'Try every command without a cluster: a local demo cluster with example rollouts'
            cand dashboard 'Serve a live web dashboard and the Argo Rollouts dashboard''s REST API'
            cand version 'Print the version of kubectl-rollouts'
            cand completion 'Print a shell completion script for bash, zsh, fish, powershell or elvish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kubectl-rollouts;help;get'= {
            cand rollout 'Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs'
            cand experiment 'Show an experiment with its ReplicaSets and analysis runs'
        }
        &'kubectl-rollouts;help;get;rollout'= {
        }
        &'kubectl-rollouts;help;get;experiment'= {
        }
        &'kubectl-rollouts;help;list'= {
            cand rollouts 'List rollouts'
            cand experiments 'List experiments'
        }
        &'kubectl-rollouts;help;list;rollouts'= {
        }
        &'kubectl-rollouts;help;list;experiments'= {
        }
        &'kubectl-rollouts;help;status'= {
        }
        &'kubectl-rollouts;help;undo'= {
        }
        &'kubectl-rollouts;help;promote'= {
        }
        &'kubectl-rollouts;help;set-weight'= {
        }
        &'kubectl-rollouts;help;pause'= {
        }
        &'kubectl-rollouts;help;abort'= {
        }
        &'kubectl-rollouts;help;retry'= {
            cand rollout 'Retry an aborted rollout'
            cand experiment 'Retry a failed experiment'
        }
        &'kubectl-rollouts;help;retry;rollout'= {
        }
        &'kubectl-rollouts;help;retry;experiment'= {
        }
        &'kubectl-rollouts;help;restart'= {
        }
        &'kubectl-rollouts;help;set'= {
            cand image 'Update container images of a rollout (or of the workload it references)'
        }
        &'kubectl-rollouts;help;set;image'= {
        }
        &'kubectl-rollouts;help;history'= {
        }
        &'kubectl-rollouts;help;playground'= {
        }
        &'kubectl-rollouts;help;dashboard'= {
        }
        &'kubectl-rollouts;help;version'= {
        }
        &'kubectl-rollouts;help;completion'= {
        }
        &'kubectl-rollouts;help;help'= {
        }
    ]
    $completions[$command]
}

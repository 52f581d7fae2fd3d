;;; eglot_harness.el --- drive docs/editors.md's Emacs block in a batch Emacs  -*- lexical-binding: t -*-
;; Loads MLOPS_SNIPPET as a user's init file would, opens MLOPS_REPORT, waits for diagnostics,
;; hovers line MLOPS_LINE (0-based), opens MLOPS_NOTES, reverts the report, opens MLOPS_OTHER, and
;; writes what it saw to MLOPS_OUT as JSON.  Batch Emacs has no command loop, so `command-loop'
;; runs `post-command-hook' (where eglot-ensure and flymake start) the way one would.
(require 'json)
(require 'cl-lib)

(defvar mlops-result nil)
(defvar mlops-messages nil)
(defun mlops-put (key value) (push (cons key value) mlops-result))
(defun command-loop () (run-hooks 'post-command-hook) (accept-process-output nil 0.01))

(defun mlops-wait (predicate seconds)
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (command-loop))
    value))

(defun mlops-diagnostics ()
  (mapcar (lambda (d) `((text . ,(flymake-diagnostic-text d))
                        (type . ,(symbol-name (flymake-diagnostic-type d)))))
          (flymake-diagnostics)))

(defun mlops-servers ()
  (let (servers)
    (maphash (lambda (_project list) (setq servers (append list servers))) eglot--servers-by-project)
    servers))

(defun mlops-open (file)
  (find-file file)
  (command-loop)
  (current-buffer))

(condition-case problem
    (progn
      (load (getenv "MLOPS_SNIPPET") nil t)
      (require 'eglot)
      (advice-add 'eglot-handle-notification :before
                  (lambda (_server method &rest params)
                    (when (eq method 'window/showMessage)
                      (push (plist-get params :message) mlops-messages))))
      (let ((started (float-time)))
        (mlops-open (getenv "MLOPS_REPORT"))
        (mlops-put 'mode (symbol-name major-mode))
        (mlops-put 'got_diagnostics (and (mlops-wait #'flymake-diagnostics 20) t))
        (mlops-put 'first_diagnostics_ms (* 1000 (- (float-time) started))))
      (mlops-put 'diagnostics (vconcat (mlops-diagnostics)))
      (goto-char (point-min))
      (forward-line (string-to-number (getenv "MLOPS_LINE")))
      (forward-char 4)
      (let ((answer (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                     (eglot--TextDocumentPositionParams))))
        (mlops-put 'hover (plist-get (plist-get answer :contents) :value)))
      (mlops-open (getenv "MLOPS_NOTES"))
      (mlops-put 'notes_mode (symbol-name major-mode))
      (mlops-put 'notes_server (and (eglot-current-server) t))
      (mlops-wait #'flymake-diagnostics 0.3)
      (mlops-put 'notes_diagnostics (vconcat (mlops-diagnostics)))
      (with-current-buffer (mlops-open (getenv "MLOPS_REPORT"))
        (revert-buffer t t)
        (command-loop))
      (mlops-wait (lambda () nil) 0.2)
      (mlops-put 'servers_one_root (length (mlops-servers)))
      (mlops-open (getenv "MLOPS_OTHER"))
      (mlops-wait #'flymake-diagnostics 20)
      (mlops-put 'servers_two_roots (length (mlops-servers)))
      (mlops-put 'roots (vconcat (sort (mapcar (lambda (s) (expand-file-name (project-root (eglot--project s))))
                                               (mlops-servers))
                                       #'string<))))
  (error (mlops-put 'error (format "%S" problem))))
(mlops-put 'messages (vconcat (reverse mlops-messages)))
(mlops-put 'version emacs-version)
(with-temp-file (getenv "MLOPS_OUT") (insert (json-encode mlops-result)))
(kill-emacs 0)

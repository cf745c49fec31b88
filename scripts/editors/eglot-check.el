;;; eglot-check.el --- Try the language server in Emacs's eglot, in batch mode  -*- lexical-binding: t -*-
;;
;;   emacs -Q --batch -l scripts/editors/eglot-check.el test/fixtures/corpus/nl-koper.txt
;;
;; Opens the file, starts eglot with `node dist/server.js --stdio', waits for Policy Author's
;; diagnostics (shown by flymake) and prints them.  Exits 1 when none arrive.  Run from the
;; repository after `npm run build'.  Needs eglot: built into Emacs 29, package elpa-eglot on
;; Debian's Emacs 28.

;; -Q skips Debian's site start-up, which puts its elpa-* packages on the load path.
(let ((debian-elpa "/usr/share/emacs/site-lisp/elpa/"))
  (when (file-directory-p debian-elpa)
    (let ((default-directory debian-elpa))
      (normal-top-level-add-subdirs-to-load-path))))
(require 'eglot)
(require 'flymake)

(defvar policy-author-server (expand-file-name "dist/server.js" default-directory))

(add-to-list 'eglot-server-programs
             `((markdown-mode text-mode) . ("node" ,policy-author-server "--stdio")))
(setq-default eglot-workspace-configuration
              '(:policyAuthor (:language "auto" :documents "auto")))

(let* ((file (car command-line-args-left))
       (buffer (find-file-noselect file)))
  (with-current-buffer buffer
    ;; Without markdown-mode installed, a .md file is read as text.
    (unless (derived-mode-p 'text-mode) (text-mode))
    (eglot-ensure)
    (run-hooks 'post-command-hook)
    (let ((deadline (+ (float-time) 30)))
      (while (and (< (float-time) deadline)
                  (null (flymake-diagnostics)))
        (accept-process-output nil 0.2)
        ;; Flymake waits for the buffer to be shown in a window, and batch mode has none.
        (when (bound-and-true-p flymake-mode) (flymake-start nil t))))
    (let ((diagnostics (flymake-diagnostics)))
      (princ (format "Emacs %s, %s, eglot: %d diagnostics\n" emacs-version major-mode (length diagnostics)))
      (dolist (d (sort diagnostics (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
        (princ (format "%d  %s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                       (truncate-string-to-width (flymake-diagnostic-text d) 100))))
      (ignore-errors (eglot-shutdown (eglot-current-server)))
      (kill-emacs (if diagnostics 0 1)))))

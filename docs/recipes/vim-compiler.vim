" ~/.vim/compiler/copydesk.vim: `:compiler copydesk`, then `:make` (or `:make dumps/`) fills the
" quickfix list with copydesk's findings; a JSONL record is placed on its line.
" More in docs/integrations.md.
if exists('current_compiler')
  finish
endif
let current_compiler = 'copydesk'
let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=copydesk\ check\ --format\ compact
CompilerSet errorformat=%f:%l:%c:\ %trror\ %m,
      \%f:%l:%c:\ %tarning\ %m,
      \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save

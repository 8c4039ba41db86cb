import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import type { ActivityNode, TaxonomyActivity } from './activity-tree';

export type TaxonomyAction =
  | { kind: 'add'; parentId: string | null; name: string; contractManagement: boolean }
  | { kind: 'rename'; activityId: string; name: string }
  | { kind: 'retire'; activityId: string; reason: string };

type Editing = { mode: 'add' | 'rename' | 'retire'; activityId: string } | null;

export type TaxonomyTreeProps = {
  nodes: readonly ActivityNode<TaxonomyActivity>[];
  /** Resolves once the API has accepted the change; rejects with its message. */
  onAction: (action: TaxonomyAction) => Promise<void>;
};

// Nested lists, so screen readers announce each level and how many activities it holds.
export function TaxonomyTree({ nodes, onAction }: TaxonomyTreeProps) {
  const [editing, setEditing] = useState<Editing>(null);
  return <Branch nodes={nodes} editing={editing} setEditing={setEditing} onAction={onAction} label="Activity taxonomy" />;
}

type BranchProps = {
  nodes: readonly ActivityNode<TaxonomyActivity>[];
  editing: Editing;
  setEditing: (editing: Editing) => void;
  onAction: TaxonomyTreeProps['onAction'];
  label: string;
};

function Branch({ nodes, label, ...rest }: BranchProps) {
  return (
    <ul className="tree" aria-label={label}>
      {nodes.map((node) => (
        <Activity key={node.id} node={node} {...rest} />
      ))}
    </ul>
  );
}

function Activity({ node, editing, setEditing, onAction }: Omit<BranchProps, 'nodes' | 'label'> & { node: ActivityNode<TaxonomyActivity> }) {
  const mine = editing?.activityId === node.id ? editing.mode : null;
  const close = () => setEditing(null);
  // When an inline form closes, put focus back on the action that opened it.
  const actions = useRef<HTMLSpanElement>(null);
  const lastMode = useRef<typeof mine>(null);
  useEffect(() => {
    if (mine) {
      lastMode.current = mine;
      return;
    }
    if (!lastMode.current) return;
    const index = ['add', 'rename', 'retire'].indexOf(lastMode.current);
    lastMode.current = null;
    actions.current?.querySelectorAll('button')[index]?.focus();
  }, [mine]);
  return (
    <li className="tree__item">
      <div className="tree__row">
        <span className={node.retired ? 'tree__name tree__name--retired' : 'tree__name'}>{node.name}</span>
        {node.contractManagement && node.depth === 1 && <strong className="tag">Contract management</strong>}
        {node.retired && <strong className="tag tag--grey">Retired</strong>}
        {!node.retired && !mine && (
          <span className="tree__actions" ref={actions}>
            <Button variant="link" onPress={() => setEditing({ mode: 'add', activityId: node.id })}>
              Add an activity<span className="visually-hidden"> under {node.name}</span>
            </Button>
            <Button variant="link" onPress={() => setEditing({ mode: 'rename', activityId: node.id })}>
              Rename<span className="visually-hidden"> {node.name}</span>
            </Button>
            <Button variant="link" onPress={() => setEditing({ mode: 'retire', activityId: node.id })}>
              Retire<span className="visually-hidden"> {node.name}</span>
            </Button>
          </span>
        )}
      </div>
      {mine === 'add' && (
        <NameForm
          label={`Name of the new activity under ${node.name}`}
          submitLabel="Add activity"
          onCancel={close}
          onSubmit={(name) => onAction({ kind: 'add', parentId: node.id, name, contractManagement: false }).then(close)}
        />
      )}
      {mine === 'rename' && (
        <NameForm
          label={`New name for ${node.name}`}
          initial={node.name}
          submitLabel="Save name"
          onCancel={close}
          onSubmit={(name) => onAction({ kind: 'rename', activityId: node.id, name }).then(close)}
        />
      )}
      {mine === 'retire' && (
        <RetireConfirmation node={node} onCancel={close} onConfirm={(reason) => onAction({ kind: 'retire', activityId: node.id, reason }).then(close)} />
      )}
      {node.children.length > 0 && (
        <Branch nodes={node.children} editing={editing} setEditing={setEditing} onAction={onAction} label={`Activities under ${node.name}`} />
      )}
    </li>
  );
}

export function NameForm({
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter a name for the activity');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await onSubmit(trimmed);
      if (!onCancel) setName('');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The change was not saved. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <Form onSubmit={handleSubmit} validationBehavior="aria" className="tree__form">
      {/* The form opens where the user pressed, so focus goes straight to its field. */}
      <TextField label={label} value={name} onChange={setName} error={error} autoFocus={Boolean(onCancel)} />
      {children}
      <div className="button-group">
        <Button type="submit">{submitLabel}</Button>
        {onCancel && (
          <Button variant="secondary" onPress={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </Form>
  );
}

type RetireConfirmationProps = { node: ActivityNode<TaxonomyActivity>; onConfirm: (reason: string) => Promise<unknown>; onCancel: () => void };

function RetireConfirmation({ node, onConfirm, onCancel }: RetireConfirmationProps) {
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const under = node.children.filter((c) => !c.retired).length;
  const confirm = async () => {
    if (pending) return;
    setPending(true);
    try {
      await onConfirm(reason.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The activity was not retired. Try again.');
      setPending(false);
    }
  };
  return (
    <div className="confirm" role="group" aria-labelledby={`retire-${node.id}`}>
      <p id={`retire-${node.id}`}>
        <strong>Retire “{node.name}”?</strong> {under > 0 ? `The activities under it are retired too. ` : ''}
        New returns cannot book time to it; time already returned still counts in the analysis.
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <TextField label="Reason (optional)" hint="Kept in the decision history." value={reason} onChange={setReason} autoFocus />
      <div className="button-group">
        <Button variant="warning" onPress={confirm}>
          Yes, retire it
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Form, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText, idempotent, newIdempotencyKey } from '../../../lib/api';
import type { CreateTicket } from '../types';
import { useApi } from '../../../lib/useApi';
import { Choices } from '../../../h5/Choices';
import { Shell } from '../../../h5/Shell';
import { TextField } from '../../../h5/TextField';
import { homeCommunity, useH5Session } from '../../../h5/session';

const MAX_PHOTOS = 9;
const MAX_BYTES = 10 * 1024 * 1024;
type Where = 'mine' | 'building' | 'public_area';

/** The phone report form; opened from a building's QR code it has the building filled in. */
export default function ReportPage() {
  const { t, i18n } = useTranslation();
  const { me } = useH5Session();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const community = me!.communities.find((c) => c.id === params.get('community')) ?? homeCommunity(me!);
  const c = community?.id;
  const qrBuilding = params.get('building');
  const { data: places } = useApi(
    '/api/communities/{communityId}/tickets/places',
    c ? { path: { communityId: c } } : null,
  );
  const { data: cats } = useApi(
    '/api/communities/{communityId}/ticket-categories',
    c ? { path: { communityId: c } } : null,
  );
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<string>();
  const [suggested, setSuggested] = useState<string>();
  const [where, setWhere] = useState<Where>(qrBuilding ? 'building' : 'mine');
  const [buildingId, setBuildingId] = useState<string | undefined>(qrBuilding ?? undefined);
  const [estateId, setEstateId] = useState<string>();
  const [area, setArea] = useState('');
  const [urgency, setUrgency] = useState<'normal' | 'urgent'>('normal');
  const [photos, setPhotos] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const fileInput = useRef<HTMLInputElement>(null);
  const previews = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos]);
  useEffect(() => () => previews.forEach((u) => URL.revokeObjectURL(u)), [previews]);

  // Suggest a category as the resident types, unless they picked one themselves.
  useEffect(() => {
    const text = `${title} ${description}`.trim();
    if (!c || text.length < 4) return;
    const timer = setTimeout(() => {
      call(
        client.POST('/api/communities/{communityId}/tickets/category-suggestion', {
          params: { path: { communityId: c } },
          body: { text },
        }),
      ).then(
        (s) => setSuggested(s.category),
        () => {},
      );
    }, 500);
    return () => clearTimeout(timer);
  }, [c, title, description]);

  if (!c)
    return (
      <Shell title={t('tickets.newTitle')} back="/">
        <p>{t('h5.noHousehold')}</p>
      </Shell>
    );
  const active = (cats?.items ?? []).filter((x) => x.active);
  const chosen = category ?? suggested;
  const catLabel = (code: string) => {
    const x = active.find((a) => a.code === code);
    return x ? (i18n.language === 'en' ? x.labelEn : x.labelZh) : code;
  };
  const allBuildings = (places?.estates ?? []).flatMap((e) =>
    e.buildings.map((b) => ({ ...b, label: `${e.name} ${b.name}` })),
  );

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const files = [...list];
    if (files.some((f) => f.size > MAX_BYTES)) return setError(t('tickets.photoTooBig'));
    if (photos.length + files.length > MAX_PHOTOS) return setError(t('tickets.tooManyPhotos'));
    setError(undefined);
    setPhotos([...photos, ...files]);
  };

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    const building =
      where === 'mine' ? (places?.myBuildingId ?? undefined) : where === 'building' ? buildingId : undefined;
    const data: CreateTicket = {
      title: title.trim(),
      description: description.trim(),
      category: chosen,
      urgency,
      channel: qrBuilding ? 'qr' : 'h5',
      locationKind: building ? 'building' : 'public_area',
      buildingId: building,
      estateId: building ? undefined : estateId,
      area: building ? undefined : area.trim() || undefined,
    };
    try {
      // One request on a weak connection: the ticket as the `data` part with the photos, under one Idempotency-Key.
      const res = await call(
        client.POST('/api/communities/{communityId}/tickets', {
          params: { path: { communityId: c }, header: idempotent(key.current) },
          body: data,
          bodySerializer: (body) => {
            const form = new FormData();
            form.append('data', JSON.stringify(body));
            for (const p of photos) form.append('photos', p, p.name);
            return form;
          },
        }),
      );
      nav(`/tickets/${res.id}?community=${c}&new=${encodeURIComponent(res.number)}`, { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell title={t('tickets.newTitle')} back="/">
      {qrBuilding && (
        <p className="h5-intro" data-testid="from-qr">
          {t('tickets.fromQr')}
        </p>
      )}
      {error && (
        <div className="h5-error" role="alert" data-testid="report-error">
          {error}
        </div>
      )}
      <Form
        layout="vertical"
        onFinish={() => void submit()}
        footer={
          <Button
            block
            type="submit"
            color="primary"
            size="large"
            loading={busy}
            disabled={busy || title.trim().length < 2 || !description.trim()}
            data-testid="report-submit"
          >
            {busy ? t('tickets.submitting') : t('tickets.submit')}
          </Button>
        }
      >
        <Form.Item label={t('tickets.title')} name="title">
          <TextField
            maxLength={60}
            placeholder={t('tickets.titlePh')}
            value={title}
            onChange={setTitle}
            data-testid="report-title"
          />
        </Form.Item>
        <Form.Item label={t('tickets.description')} name="description">
          <TextArea
            maxLength={2000}
            rows={4}
            showCount
            placeholder={t('tickets.descriptionPh')}
            value={description}
            onChange={setDescription}
            data-testid="report-description"
          />
        </Form.Item>
        <Form.Item>
          <Choices
            legend={t('tickets.category')}
            name="category"
            testId="report-category"
            value={chosen}
            onChange={setCategory}
            options={active.map((x) => ({ value: x.code, label: catLabel(x.code) }))}
            hint={suggested && !category ? t('tickets.suggested', { label: catLabel(suggested) }) : undefined}
          />
        </Form.Item>
        <Form.Item>
          <Choices<Where>
            stack
            legend={t('tickets.location')}
            name="where"
            testId="report-where"
            value={where}
            onChange={setWhere}
            options={[
              ...(places?.myBuildingId
                ? [
                    {
                      value: 'mine' as const,
                      label: `${t('tickets.myBuilding')}（${allBuildings.find((b) => b.id === places.myBuildingId)?.label ?? ''}）`,
                    },
                  ]
                : []),
              { value: 'building', label: t('tickets.building') },
              { value: 'public_area', label: t('tickets.publicArea') },
            ]}
          />
        </Form.Item>
        {where === 'building' && (
          <Form.Item label={t('tickets.building')}>
            <select
              className="h5-input"
              value={buildingId ?? ''}
              onChange={(e) => setBuildingId(e.target.value || undefined)}
              data-testid="report-building"
              aria-label={t('tickets.building')}
            >
              <option value="">—</option>
              {allBuildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          </Form.Item>
        )}
        {where === 'public_area' && (
          <>
            <Form.Item label={t('tickets.estate')}>
              <select
                className="h5-input"
                value={estateId ?? ''}
                onChange={(e) => setEstateId(e.target.value || undefined)}
                aria-label={t('tickets.estate')}
              >
                <option value="">—</option>
                {(places?.estates ?? []).map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </Form.Item>
            <Form.Item label={t('tickets.area')}>
              <TextField
                maxLength={100}
                placeholder={t('tickets.areaPh')}
                value={area}
                onChange={setArea}
                data-testid="report-area"
              />
            </Form.Item>
          </>
        )}
        <Form.Item>
          <Choices
            legend={t('tickets.urgency')}
            name="urgency"
            testId="report-urgency"
            value={urgency}
            onChange={setUrgency}
            options={[
              { value: 'normal', label: t('tickets.normal') },
              { value: 'urgent', label: t('tickets.urgent') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('tickets.photos')}>
          <div className="tk-photos">
            {previews.map((u, i) => (
              <div key={u} className="tk-photo">
                <img src={u} alt="" />
                <button
                  type="button"
                  aria-label={t('tickets.removePhoto', { n: i + 1 })}
                  onClick={() => setPhotos(photos.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </div>
            ))}
            {photos.length < MAX_PHOTOS && (
              <button type="button" className="tk-photo-add" onClick={() => fileInput.current?.click()}>
                {t('tickets.addPhotos')}
              </button>
            )}
          </div>
          <input
            ref={fileInput}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            hidden
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = '';
            }}
            data-testid="report-photos"
          />
        </Form.Item>
      </Form>
    </Shell>
  );
}

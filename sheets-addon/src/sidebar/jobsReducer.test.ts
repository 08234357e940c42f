import { describe, expect, it } from 'vitest';
import { INITIAL_JOBS_STATE, type JobsState, jobsReducer, LOG_LENGTH, type LogEntry } from './jobsReducer.ts';

const STARTED = 1_700_000_000_000;

function runningReport(): JobsState {
  return jobsReducer(INITIAL_JOBS_STATE, { type: 'started', label: '一键生成报告', at: STARTED });
}

function entry(id: number): LogEntry {
  return { id, job: 'Clean data', ok: true, message: 'done', figures: undefined, seconds: 1 };
}

describe('jobsReducer', () => {
  it('starts a job with the clock at zero, whatever the last job took', () => {
    const afterLongJob: JobsState = { ...INITIAL_JOBS_STATE, elapsed: 42 };
    expect(jobsReducer(afterLongJob, { type: 'started', label: 'Clean data', at: STARTED })).toEqual({
      running: { label: 'Clean data', started: STARTED },
      elapsed: 0,
      log: [],
    });
  });

  it.each([
    [0, 0],
    [499, 0],
    [500, 1],
    [1_499, 1],
    [61_200, 61],
  ])('counts %i ms into the job as %i whole seconds', (ms, seconds) => {
    expect(jobsReducer(runningReport(), { type: 'ticked', at: STARTED + ms }).elapsed).toBe(seconds);
  });

  it('ignores a tick that arrives after the job finished', () => {
    const idle: JobsState = { ...INITIAL_JOBS_STATE, elapsed: 3 };
    expect(jobsReducer(idle, { type: 'ticked', at: STARTED })).toBe(idle);
  });

  it('logs a finished job first, with its label, result and seconds to a tenth', () => {
    const earlier = entry(1);
    const state = { ...runningReport(), log: [earlier] };
    const result = { ok: true, message: '报告已生成', sheetName: '客户报告', figures: { customers: 500 } };
    expect(jobsReducer(state, { type: 'finished', result, at: STARTED + 1_234 })).toEqual({
      running: null,
      elapsed: 0,
      log: [
        {
          id: STARTED,
          job: '一键生成报告',
          ok: true,
          message: '报告已生成',
          figures: { customers: 500 },
          seconds: 1.2,
        },
        earlier,
      ],
    });
  });

  it('keeps what the analysis notes with the result', () => {
    const notes = ['3 笔已取消或作废的订单未计入。'];
    const result = { ok: true, message: '已分类 500 位客户', figures: { customers: 500 }, notes };
    const [logged] = jobsReducer(runningReport(), { type: 'finished', result, at: STARTED + 2_000 }).log;
    expect(logged).toMatchObject({ ok: true, message: '已分类 500 位客户', notes });
  });

  it('logs a failed job as failed', () => {
    const result = { ok: false, message: 'Exceeded maximum execution time' };
    const [logged] = jobsReducer(runningReport(), { type: 'finished', result, at: STARTED + 360_000 }).log;
    expect(logged).toMatchObject({ ok: false, message: 'Exceeded maximum execution time', seconds: 360 });
  });

  it(`keeps the ${LOG_LENGTH} newest results`, () => {
    const full = {
      ...runningReport(),
      log: Array.from({ length: LOG_LENGTH }, (_, i) => entry(LOG_LENGTH - i)),
    };
    const log = jobsReducer(full, { type: 'finished', result: { ok: true, message: '' }, at: STARTED }).log;
    expect(log.map((e) => e.id)).toEqual([STARTED, 8, 7, 6, 5, 4, 3, 2]);
  });

  it('ignores a finish when no job is running', () => {
    expect(
      jobsReducer(INITIAL_JOBS_STATE, { type: 'finished', result: { ok: true, message: '' }, at: STARTED }),
    ).toBe(INITIAL_JOBS_STATE);
  });
});

// The three follow-up charts: task completion by staff, NPS over time, and messages sent by channel.
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportCharts } from '../../providers/apiTypes';
import { BRAND } from '../../theme';
import { npsPoints, staffCompletion, volumeRows } from '../chartModel';
import { ChartCard, Headline, useChartStyle } from './ChartCard';

type Props = { charts: ReportCharts; hasData: boolean };

export const TaskCompletionChart = ({ charts, hasData }: Props) => {
  const translate = useTranslate();
  const style = useChartStyle();
  const { completionRate } = charts.taskCompletion;
  return (
    <ChartCard id="taskCompletion" hasData={hasData} headline={completionRate === null ? null : <Headline>{`${completionRate}%`}</Headline>}>
      <BarChart data={staffCompletion(charts.taskCompletion.byStaff)} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid {...style.grid} horizontal={false} />
        <XAxis type="number" unit="%" domain={[0, 100]} {...style.axis} />
        <YAxis type="category" dataKey="name" width={110} {...style.axis} />
        <Tooltip
          {...style.tooltip}
          formatter={(value, _name, item) => [
            translate('crm.dashboard.charts.taskCompletion.tooltip', { rate: value, completed: item.payload.completed, due: item.payload.due }),
            translate('crm.dashboard.charts.taskCompletion.rate'),
          ]}
        />
        <Bar dataKey="rate" fill="#6366f1" radius={[0, 6, 6, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
};

export const NpsTrendChart = ({ charts, hasData }: Props) => {
  const translate = useTranslate();
  const style = useChartStyle();
  return (
    <ChartCard id="npsTrend" hasData={hasData}>
      <ComposedChart data={npsPoints(charts.npsTrend)} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid {...style.grid} vertical={false} />
        <XAxis dataKey="label" {...style.axis} minTickGap={16} />
        <YAxis yAxisId="nps" domain={[-100, 100]} {...style.axis} />
        <YAxis yAxisId="responses" orientation="right" allowDecimals={false} {...style.axis} />
        <Tooltip {...style.tooltip} />
        <Legend />
        <ReferenceLine yAxisId="nps" y={0} stroke={style.grid.stroke} />
        <Bar yAxisId="responses" dataKey="responses" name={translate('crm.dashboard.charts.npsTrend.responses')} fill="#c4b5fd" isAnimationActive={false} />
        <Line
          yAxisId="nps"
          type="monotone"
          dataKey="nps"
          name={translate('crm.dashboard.charts.npsTrend.nps')}
          stroke="#14b8a6"
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartCard>
  );
};

export const CommunicationVolumeChart = ({ charts, hasData }: Props) => {
  const style = useChartStyle();
  const { rows, channels } = volumeRows(charts.communicationVolume);
  return (
    <ChartCard id="communicationVolume" hasData={hasData}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid {...style.grid} vertical={false} />
        <XAxis dataKey="label" {...style.axis} minTickGap={16} />
        <YAxis allowDecimals={false} {...style.axis} />
        <Tooltip {...style.tooltip} />
        <Legend />
        {channels.map((c, i) => (
          <Bar
            key={c.channel}
            dataKey={c.channel}
            name={c.label}
            stackId="volume"
            fill={c.color ?? BRAND.purple}
            radius={i === channels.length - 1 ? [4, 4, 0, 0] : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartCard>
  );
};
